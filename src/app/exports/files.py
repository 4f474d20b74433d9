"""Where export and import files live, the signed links to exports, and their removal.

Files sit under the person's upload folder (``uploads/<userId>/exports``), so
deleting the account deletes them too. A download link names the file and
carries an HMAC of (user, file, expiry): it works without a session or token
(a browser or an API client follows it alike) until it expires, 24 hours
after the export; the cleanup job removes the file after that.
"""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode
from uuid import UUID

from app.config import Settings
from app.lib.errors import NotFoundError
from app.lib.signing import sign, verify

LINK_LIFETIME = 24 * 3600
FILE_NAME = re.compile(r"subscout-[a-z]+-[0-9a-f]{32}\.(csv|json|ics|zip)")


class ExportGoneError(NotFoundError):
    """No such export for this link: never made, someone else's, expired or removed (one answer, 404)."""

    def __init__(self) -> None:
        super().__init__("this download link has expired or does not exist")


def exports_dir(settings: Settings, user_id: UUID) -> Path:
    return settings.user_uploads(user_id) / "exports"


def imports_dir(settings: Settings, user_id: UUID) -> Path:
    return settings.user_uploads(user_id) / "imports"


def new_export_name(kind: str, extension: str) -> str:
    return f"subscout-{kind}-{uuid.uuid4().hex}.{extension}"


@dataclass(frozen=True)
class DownloadLink:
    url: str
    expires_at: int
    """Epoch seconds."""


def _subject(user_id: UUID, name: str) -> str:
    return f"export:{user_id}:{name}"


def download_link(settings: Settings, user_id: UUID, name: str, now: float | None = None) -> DownloadLink:
    expires = int((time.time() if now is None else now) + LINK_LIFETIME)
    query = urlencode(
        {
            "user": str(user_id),
            "expires": expires,
            "sig": sign(settings.secret_key, _subject(user_id, name), expires),
        }
    )
    return DownloadLink(url=f"/exports/download/{name}?{query}", expires_at=expires)


def signed_file(settings: Settings, name: str, user: str, expires: int, signature: str) -> Path:
    """The file a link grants, or ``ExportGoneError``."""
    try:
        user_id = UUID(user)
    except ValueError:
        raise ExportGoneError() from None
    if not FILE_NAME.fullmatch(name) or not verify(
        settings.secret_key, _subject(user_id, name), expires, signature
    ):
        raise ExportGoneError()
    path = exports_dir(settings, user_id) / name
    if not path.is_file():
        raise ExportGoneError()
    return path


def remove_expired(settings: Settings, now: float | None = None) -> int:
    """Delete every export file older than a link's lifetime; returns how many went."""
    cutoff = (time.time() if now is None else now) - LINK_LIFETIME
    removed = 0
    for path in settings.uploads_dir.glob("*/exports/*"):
        if path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed += 1
    return removed
