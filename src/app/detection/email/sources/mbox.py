"""mbox files (Google Takeout, Thunderbird, ``mboxrd``/``mboxo``), streamed from disk."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import tarfile
import zipfile
import zlib
from array import array
from collections.abc import AsyncIterator, Iterator
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO, cast

from app.detection.email.sources.base import MailSourceError, RawMessage, ScanWindow
from app.detection.email.sources.limits import MAX_BATCH_BYTES, MAX_MESSAGE_BYTES, BoundedReader
from app.detection.email.sources.selection import Selection, day_of, header_timestamp

READ_BATCH = 64
"""Messages read from disk per worker-thread hop (fewer when they are large: ``MAX_BATCH_BYTES``)."""


class MboxSource:
    """An mbox file. Two passes: the first notes where each message starts and its date
    (a few bytes per message), the second reads the selected ones; the mailbox is never
    held in memory."""

    def __init__(self, path: Path, member: str | None = None) -> None:
        self.path = path
        self.member = member
        """With a ``.zip``/``.tar.gz``/``.tgz`` archive (a Google Takeout export): the mbox inside it."""
        self._offsets = array("q")
        self._lengths = array("q")
        self._newest: float | None = None

    def _open(self) -> contextlib.AbstractContextManager[BinaryIO]:
        if self.member:
            return open_member(self.path, self.member)
        if is_gzip(self.path):
            return cast(contextlib.AbstractContextManager[BinaryIO], gzip.open(self.path, "rb"))
        return self.path.open("rb")

    async def select(self, window: ScanWindow) -> int:
        self._offsets, self._lengths = await asyncio.to_thread(self._select, window)
        return len(self._offsets)

    def _select(self, window: ScanWindow) -> tuple[array[int], array[int]]:
        selection: Selection[tuple[int, int]] = Selection(window)
        try:
            with self._open() as fh:
                _check_mbox(fh, self.path)
                for offset, length, ts in _index(BoundedReader(fh, self.path.name)):
                    selection.offer(ts, (offset, length))
        except (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError) as exc:
            raise MailSourceError(
                f"cannot read {self.path}: {getattr(exc, 'strerror', None) or exc}"
            ) from exc
        self._newest = selection.newest
        chosen = sorted(selection.chosen())
        return array("q", (o for o, _ in chosen)), array("q", (n for _, n in chosen))

    async def messages(self) -> AsyncIterator[RawMessage]:
        with self._open() as fh:
            start = 0
            while start < len(self._offsets):
                batch = await asyncio.to_thread(self._read, fh, start)
                start += len(batch)
                for item in batch:
                    yield item

    def _read(self, fh: BinaryIO, start: int) -> list[RawMessage]:
        """Messages from ``start`` on: at most ``READ_BATCH`` of them and ``MAX_BATCH_BYTES`` in all."""
        out: list[RawMessage] = []
        size = 0
        for offset, length in zip(self._offsets[start:], self._lengths[start:], strict=True):
            if len(out) >= READ_BATCH or (out and size >= MAX_BATCH_BYTES):
                break
            try:
                fh.seek(offset)
                data = fh.read(min(length, MAX_MESSAGE_BYTES))
            except (OSError, EOFError, zlib.error, zipfile.BadZipFile, tarfile.TarError) as exc:
                raise MailSourceError(f"cannot read {self.path.name}: {exc}") from exc
            size += len(data)
            out.append(RawMessage(f"mbox:{offset}", unescape(data)))
        return out

    def checkpoint(self) -> dict[str, Any] | None:
        return None

    def ends_on(self) -> date | None:
        return day_of(self._newest)

    async def aclose(self) -> None:
        return None


ARCHIVE_SUFFIXES = (".zip", ".tgz", ".tar.gz")


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


def is_gzip(path: Path) -> bool:
    """A gzip-compressed mbox (``mail.mbox.gz``), not a tar archive."""
    return path.name.lower().endswith(".gz") and not is_archive(path)


def mbox_members(path: Path) -> list[str]:
    """The ``.mbox`` files inside an archive, largest first."""
    try:
        if path.name.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as zf:
                infos = [
                    (i.file_size, i.filename) for i in zf.infolist() if i.filename.lower().endswith(".mbox")
                ]
        else:
            with tarfile.open(path, "r:*") as tf:
                infos = [
                    (m.size, m.name)
                    for m in tf.getmembers()
                    if m.isfile() and m.name.lower().endswith(".mbox")
                ]
    except (OSError, zipfile.BadZipFile, tarfile.TarError) as exc:
        raise MailSourceError(f"{path}: not a readable archive ({exc})") from exc
    return [name for _, name in sorted(infos, reverse=True)]


@contextlib.contextmanager
def open_member(path: Path, member: str) -> Iterator[BinaryIO]:
    """A file inside a zip or tar archive, read as a stream (forward seeks only are cheap)."""
    if path.name.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as zf, zf.open(member) as zipped:
            yield cast(BinaryIO, zipped)
        return
    with tarfile.open(path, "r:*") as tf:
        tarred = tf.extractfile(member)
        if tarred is None:
            raise MailSourceError(f"{path}: {member} is not a file")
        with tarred:
            yield cast(BinaryIO, tarred)


def _check_mbox(fh: BinaryIO, path: Path) -> None:
    head = fh.read(4096).lstrip(b"\r\n")
    fh.seek(0)
    if not head.startswith(b"From "):
        raise MailSourceError(f"{path} is not an mbox file (it does not start with a 'From ' line)")


def _index(fh: BoundedReader) -> Iterator[tuple[int, int, float | None]]:
    """(offset of the first header line, length, date) of every message.

    Lines come in bounded pieces; only a piece that starts a line can start a message.
    """
    pos, start, blank, in_headers, line_start = 0, -1, True, False, True
    date_line: bytes | None = None
    while line := fh.readline():
        if not line_start:
            blank = False
        elif blank and line.startswith(b"From "):
            if start >= 0:
                yield start, pos - start, header_timestamp(date_line)
            start, in_headers, date_line = pos + len(line), True, None
            blank = False
        else:
            if in_headers and line in (b"\n", b"\r\n"):
                in_headers = False
            elif in_headers and date_line is None and line[:5].lower() == b"date:":
                date_line = line
            blank = line in (b"\n", b"\r\n")
        line_start = line.endswith(b"\n")
        pos += len(line)
    if start >= 0:
        yield start, pos - start, header_timestamp(date_line)


def unescape(data: bytes) -> bytes:
    """Undo mboxrd quoting (``>From `` → ``From ``) and drop the separating blank line."""
    if b">From " in data:
        lines = data.split(b"\n")
        data = b"\n".join(
            ln[1:] if ln.startswith(b">") and ln.lstrip(b">").startswith(b"From ") else ln for ln in lines
        )
    return data.rstrip(b"\r\n") + b"\n"
