"""mbox files (Google Takeout, Thunderbird, ``mboxrd``/``mboxo``), streamed from disk."""

from __future__ import annotations

import asyncio
import contextlib
import tarfile
import zipfile
from array import array
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, BinaryIO, cast

from app.detection.email.sources.base import MailSourceError, RawMessage, ScanWindow
from app.detection.email.sources.selection import Selection, header_timestamp

READ_BATCH = 64
"""Messages read from disk per worker-thread hop."""


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

    def _open(self) -> contextlib.AbstractContextManager[BinaryIO]:
        return open_member(self.path, self.member) if self.member else self.path.open("rb")

    async def select(self, window: ScanWindow) -> int:
        self._offsets, self._lengths = await asyncio.to_thread(self._select, window)
        return len(self._offsets)

    def _select(self, window: ScanWindow) -> tuple[array[int], array[int]]:
        selection: Selection[tuple[int, int]] = Selection(window)
        try:
            with self._open() as fh:
                _check_mbox(fh, self.path)
                for offset, length, ts in _index(fh):
                    selection.offer(ts, (offset, length))
        except (OSError, zipfile.BadZipFile, tarfile.TarError) as exc:
            raise MailSourceError(
                f"cannot read {self.path}: {getattr(exc, 'strerror', None) or exc}"
            ) from exc
        chosen = sorted(selection.chosen())
        return array("q", (o for o, _ in chosen)), array("q", (n for _, n in chosen))

    async def messages(self) -> AsyncIterator[RawMessage]:
        with self._open() as fh:
            for start in range(0, len(self._offsets), READ_BATCH):
                batch = await asyncio.to_thread(self._read, fh, start, start + READ_BATCH)
                for item in batch:
                    yield item

    def _read(self, fh: BinaryIO, start: int, stop: int) -> list[RawMessage]:
        out = []
        for offset, length in zip(self._offsets[start:stop], self._lengths[start:stop], strict=True):
            fh.seek(offset)
            out.append(RawMessage(f"mbox:{offset}", unescape(fh.read(length))))
        return out

    def checkpoint(self) -> dict[str, Any] | None:
        return None

    async def aclose(self) -> None:
        return None


ARCHIVE_SUFFIXES = (".zip", ".tgz", ".tar.gz")


def is_archive(path: Path) -> bool:
    return path.name.lower().endswith(ARCHIVE_SUFFIXES)


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


def _index(fh: BinaryIO) -> Iterator[tuple[int, int, float | None]]:
    """(offset of the first header line, length, date) of every message."""
    pos, start, blank, in_headers = 0, -1, True, False
    date_line: bytes | None = None
    for line in fh:
        if blank and line.startswith(b"From "):
            if start >= 0:
                yield start, pos - start, header_timestamp(date_line)
            start, in_headers, date_line = pos + len(line), True, None
        elif in_headers:
            if line in (b"\n", b"\r\n"):
                in_headers = False
            elif date_line is None and line[:5].lower() == b"date:":
                date_line = line
        blank = line in (b"\n", b"\r\n")
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
