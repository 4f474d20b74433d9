"""Bounds on what reading a mailbox may cost, whatever the file holds.

A 2 MB zip can expand to a 2 GB line; a message can nest MIME parts a thousand deep. The
readers keep to these limits so a scan stays within a fixed memory budget (about 300 MB
with a batch of messages in flight) and ends with ``MailSourceError`` rather than a crash.
"""

from __future__ import annotations

from typing import BinaryIO

from app.detection.email.sources.base import MailSourceError

MAX_LINE_BYTES = 1 << 20
"""Lines are read in pieces of at most this size: a line is never held whole."""
MAX_MESSAGE_BYTES = 4 << 20
"""A longer message is cut here (its attachments, mostly): what detection reads is at the top."""
MAX_BATCH_BYTES = 64 << 20
"""Bytes of messages read from disk in one go, at most."""
MAX_UNCOMPRESSED_BYTES = 16 << 30
"""An archive or compressed mbox that expands beyond this is refused (a decompression bomb)."""
MAX_MIME_DEPTH = 24
"""MIME parts nested deeper than this are not looked into."""


class BoundedReader:
    """A binary stream that reads lines in bounded pieces and refuses to expand without end."""

    def __init__(self, raw: BinaryIO, name: str, limit: int = MAX_UNCOMPRESSED_BYTES) -> None:
        self.raw = raw
        self.name = name
        self.limit = limit
        self.consumed = 0

    def readline(self) -> bytes:
        """The next line, or its next ``MAX_LINE_BYTES`` when it is longer."""
        return self._count(self.raw.readline(MAX_LINE_BYTES))

    def _count(self, data: bytes) -> bytes:
        self.consumed += len(data)
        if self.consumed > self.limit:
            raise MailSourceError(
                f"{self.name} expands beyond {self.limit:,} bytes: refused as a likely decompression bomb"
            )
        return data
