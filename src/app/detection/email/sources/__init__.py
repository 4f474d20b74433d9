"""Mailbox sources: every one lists a scan window, then streams raw RFC 822 messages."""

from app.detection.email.sources.base import MailReader, MailSourceError, RawMessage, ScanWindow
from app.detection.email.sources.local import FileSetSource, open_local_source
from app.detection.email.sources.mbox import MboxSource

__all__ = [
    "FileSetSource",
    "MailReader",
    "MailSourceError",
    "MboxSource",
    "RawMessage",
    "ScanWindow",
    "open_local_source",
]
