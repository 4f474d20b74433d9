"""Request and response bodies of the export and import API (camelCase, like the rest of it)."""

from __future__ import annotations

from typing import Literal

import msgspec

from app.jobs.schemas import JobAccepted

ExportFormat = Literal["csv", "json", "ics", "wallos", "archive"]


class ExportRequest(msgspec.Struct, rename="camel", forbid_unknown_fields=True, frozen=True):
    format: ExportFormat = "json"
    """``archive``: all my data (profile, sources, subscriptions, evidence, reminders, deliveries)."""


DEFAULT_EXPORT = ExportRequest()
"""The body left out (an instance, never ``None``: see ``app.lib.openapi.make_exact``)."""


class JobStarted(JobAccepted):
    """202: the job's id and where to follow it; its result carries the download URL or the preview."""


class ImportStarted(JobStarted):
    upload_id: str
    """Confirm with ``POST /api/imports/{uploadId}/confirm`` once the preview looks right."""
