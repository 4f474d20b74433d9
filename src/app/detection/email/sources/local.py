"""Mail on disk besides mbox: Maildir, a folder of ``.eml`` files, a single ``.eml``; and the factory."""

from __future__ import annotations

import asyncio
import gzip
import re
import zlib
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from app.detection.email.sources.base import MailReader, MailSourceError, RawMessage, ScanWindow
from app.detection.email.sources.limits import MAX_MESSAGE_BYTES
from app.detection.email.sources.mbox import MboxSource, is_archive, is_gzip, mbox_members
from app.detection.email.sources.selection import Selection, day_of, header_timestamp

HEADER_PEEK = 16_384
"""Bytes read from each file while listing, to find its Date header."""


class FileSetSource:
    """One message per file: a Maildir (``cur``/``new``), a folder of ``.eml`` files, or one file."""

    def __init__(self, files: list[Path]) -> None:
        self.files = files
        self._chosen: list[Path] = []
        self._newest: float | None = None

    async def select(self, window: ScanWindow) -> int:
        self._chosen = await asyncio.to_thread(self._select, window)
        return len(self._chosen)

    def _select(self, window: ScanWindow) -> list[Path]:
        selection: Selection[Path] = Selection(window)
        for path in self.files:
            selection.offer(_file_timestamp(path), path)
        self._newest = selection.newest
        return selection.chosen()

    async def messages(self) -> AsyncIterator[RawMessage]:
        for path in self._chosen:
            try:
                data = await asyncio.to_thread(_read_bounded, path)
            except OSError:
                continue
            yield RawMessage(str(path), data)

    def checkpoint(self) -> dict[str, Any] | None:
        return None

    def ends_on(self) -> date | None:
        return day_of(self._newest)

    async def aclose(self) -> None:
        return None


def _read_bounded(path: Path) -> bytes:
    """A message file, cut at ``MAX_MESSAGE_BYTES`` like every message."""
    with path.open("rb") as fh:
        return fh.read(MAX_MESSAGE_BYTES)


def _file_timestamp(path: Path) -> float | None:
    try:
        with path.open("rb") as fh:
            head = fh.read(HEADER_PEEK)
    except OSError:
        return None
    for line in head.split(b"\n"):
        if line in (b"", b"\r"):
            break
        if line[:5].lower() == b"date:":
            return header_timestamp(line)
    return None


def open_local_source(path: Path) -> MailReader:
    """The right source for an mbox file, a Takeout archive (``.zip``/``.tgz`` with an mbox inside),
    a Maildir, a folder of ``.eml`` files or one ``.eml``.

    Raises ``MailSourceError`` with a one-line reason for anything else.
    """
    if not path.exists():
        raise MailSourceError(f"{path}: no such file or directory")
    if path.is_dir():
        return _directory_source(path)
    if is_archive(path):
        members = mbox_members(path)
        if not members:
            raise MailSourceError(f"{path}: no .mbox file inside this archive")
        return MboxSource(path, members[0])
    head = _peek(path)
    if head.lstrip(b"\r\n").startswith(b"From "):
        return MboxSource(path)
    if is_gzip(path):
        raise MailSourceError(f"{path}: a compressed file, but no mbox inside")
    if _looks_like_message(head, path):
        return FileSetSource([path])
    raise MailSourceError(f"{path}: unknown format (expected an mbox file, a Maildir or .eml files)")


def _directory_source(path: Path) -> MailReader:
    if any((path / sub).is_dir() for sub in ("cur", "new")):
        files = sorted(
            f
            for sub in ("cur", "new")
            if (path / sub).is_dir()
            for f in (path / sub).iterdir()
            if f.is_file()
        )
        return FileSetSource(files)
    emls = sorted(_eml_files(path))
    if emls:
        return FileSetSource(emls)
    mboxes = sorted(p for p in path.rglob("*.mbox") if p.is_file())
    if len(mboxes) == 1:
        return MboxSource(mboxes[0])
    raise MailSourceError(f"{path}: no Maildir, .eml files or single .mbox file found in this folder")


def _eml_files(path: Path) -> Iterator[Path]:
    return (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".eml")


def _peek(path: Path) -> bytes:
    try:
        with gzip.open(path, "rb") if is_gzip(path) else path.open("rb") as fh:
            return fh.read(4096)
    except (OSError, EOFError, zlib.error) as exc:
        raise MailSourceError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from exc


_HEADER_FIELD = re.compile(rb"^[!-9;-~]{1,76}:")


def _looks_like_message(head: bytes, path: Path) -> bool:
    """Two well-known header fields near the top, or an ``.eml`` file that starts with a header field
    (Gmail's ARC and DKIM headers can fill the first kilobytes)."""
    names = {line.split(b":", 1)[0].strip().lower() for line in head.split(b"\n")[:60] if b":" in line}
    known = names & {b"from", b"to", b"subject", b"date", b"message-id", b"received", b"mime-version"}
    return len(known) >= 2 or (path.suffix.lower() == ".eml" and bool(_HEADER_FIELD.match(head)))
